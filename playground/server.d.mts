export function bundlePlayground(): Promise<string>;
export function startPlayground(options?: { port?: number; host?: string }): Promise<{
  url: string;
  close: () => Promise<void>;
}>;
