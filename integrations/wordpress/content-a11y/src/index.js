// The bundle's entry: WordPress loads build/editor.js after its own packages (window.wp) and the
// settings the plugin writes inline (window.contentA11yEditor).
import { loadParts } from 'content-a11y/browser';
import { register } from './editor.js';

// The panel checks on every change, synchronously: every part of the checker is loaded first (in
// this one-file bundle they are already there, so this takes a tick).
loadParts().then(() => register(window.wp, window.contentA11yEditor ?? {}));
