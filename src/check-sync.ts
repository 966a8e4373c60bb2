// checkSync(): one post in, findings out, with the native rules. Pure — no file system, no network
// — so a CMS can call it on every save and the browser build can reuse it. The steps themselves
// are the pipeline's (src/engine/pipeline.ts).
import { checkByteLimit } from './engine/limits.js';
import type { CheckOptions, CheckResult } from './engine/pipeline.js';
import { finish, nativeStage, prepare, runContext } from './engine/pipeline.js';
import { ApiMisuseError } from './errors.js';
import { decodeSource } from './parse/decode.js';
import { formatFromPath, readJsonRecord, sniffFormat } from './parse/index.js';
import { type AssetInfo, type AssetRef, assetRefsOf } from './parse/records/index.js';

export type { CheckOptions, CheckResult } from './engine/pipeline.js';
export { checkPostSync, isResolvedConfig } from './engine/pipeline.js';

/** Checks one post with the native rules, synchronously (the CMS on-keystroke path). */
export function checkSync(options: CheckOptions): CheckResult {
  const context = runContext(options);
  const prepared = prepare(options, context);
  if (!prepared.post) return finish(undefined, prepared.drafts, context);
  return finish(
    prepared.post,
    [...prepared.drafts, ...nativeStage(prepared.post, context, prepared.skip)],
    context,
    { dom: false, skip: prepared.skip },
  );
}

/**
 * Asks an async resolveAsset for every media record a CMS record points at, before the record is
 * parsed once: the record is read without its body to find them, and a JSON text is decoded once.
 */
export async function withResolvedAssets(options: CheckOptions): Promise<CheckOptions> {
  const resolve = options.resolveAsset;
  if (!resolve) return options;
  const record = recordOf(options);
  if (!record) return { ...options, resolveAsset: undefined };
  let refs: AssetRef[];
  try {
    refs = assetRefsOf(record, options.input);
  } catch (error) {
    if (error instanceof ApiMisuseError) throw error;
    return { ...options, content: record, resolveAsset: undefined }; // parsing reports it
  }
  const keyOf = (ref: AssetRef) => `${ref.kind}\u0000${ref.id}`;
  const found = new Map<string, AssetInfo | undefined>();
  for (const ref of refs) {
    if (!found.has(keyOf(ref))) found.set(keyOf(ref), await resolve(ref));
  }
  return { ...options, content: record, resolveAsset: (ref) => found.get(keyOf(ref)) };
}

/** The record object of a CMS-record input (decoding JSON text once), or undefined for others. */
function recordOf(options: CheckOptions): Record<string, unknown> | undefined {
  const { content } = options;
  if (typeof content === 'object' && !(content instanceof Uint8Array)) return content;
  // Over the byte limit, the pipeline reports it without reading the JSON at all.
  if (checkByteLimit(content, runContext(options).config.limits)) return undefined;
  try {
    const text = decodeSource(content);
    const format = options.format ?? formatFromPath(options.path) ?? sniffFormat(text);
    return format === 'json' ? readJsonRecord(text) : undefined;
  } catch {
    return undefined; // parsing reports it as a parse-error
  }
}
