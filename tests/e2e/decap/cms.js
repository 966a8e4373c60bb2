// The Decap CMS page of the end-to-end test, as a site would write it: decap-cms-app with the
// content-a11y integration registered before CMS.init(). Bundled by build-site.mjs.
import CMS from 'decap-cms-app';
import { register } from '../../../integrations/decap/content-a11y-decap.js';

register(CMS);
CMS.init();
