export function syncReadmeVersion(readme: string, version: string): string;
