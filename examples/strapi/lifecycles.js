// Strapi: block publishing a post with accessibility errors from the content type's lifecycle
// hooks. An ApplicationError's message is shown in the admin panel. In
// src/api/post/content-types/post/lifecycles.js:
//   import { errors } from '@strapi/utils';
//   import { createLifecycles } from './content-a11y-lifecycles.js';
//   export default createLifecycles({
//     ApplicationError: errors.ApplicationError,
//     findMedia: (id) => strapi.db.query('plugin::upload.file').findOne({ where: { id } }),
//   });
import { assertPublishable, check, PublishBlockedError } from 'content-a11y';

export function createLifecycles({ ApplicationError = Error, findMedia } = {}) {
  async function guard(event) {
    const { data } = event.params;
    // Drafts (publishedAt: null) may be incomplete; the check runs when the post is published.
    if (data.publishedAt === null) return;
    const result = await check({
      content: { ...data },
      input: 'generic',
      // A cover given as a media id: its alternativeText lives on the upload record.
      resolveAsset: async (ref) => {
        const file = findMedia ? await findMedia(ref.id) : undefined;
        return file ? { alt: file.alternativeText ?? '', src: file.url } : undefined;
      },
    });
    try {
      assertPublishable(result);
    } catch (error) {
      if (!(error instanceof PublishBlockedError)) throw error;
      throw new ApplicationError(error.message, { findings: error.findings });
    }
  }
  return { beforeCreate: guard, beforeUpdate: guard };
}
