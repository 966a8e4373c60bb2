// The bundle's entry: WordPress loads build/editor.js after its own packages (window.wp) and the
// settings the plugin writes inline (window.contentA11yEditor).
import { register } from './editor.js';

register(window.wp, window.contentA11yEditor ?? {});
