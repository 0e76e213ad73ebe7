/**
 * The part of Eleventy 3's programmatic API that the render stage uses.
 * Eleventy ships no type declarations of its own.
 */
declare module '@11ty/eleventy' {
  export interface UserConfig {
    setUseGitIgnore(enabled: boolean): void;
    setTemplateFormats(formats: string[]): void;
    setNunjucksEnvironmentOptions(options: object): void;
    setIncludesDirectory(dir: string): void;
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPlugin(plugin: unknown, options?: unknown): void;
    on(event: string, listener: (...args: never[]) => void): void;
    /** Run on each page's output; what it returns is the page. */
    addTransform(name: string, transform: (content: string) => string): void;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string;
    pathPrefix?: string;
    config?: (config: UserConfig) => void | Promise<void>;
  }
  export interface WriteResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }
  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<[unknown[], WriteResult[]]>;
    /** Render every page without writing it: its output path and content. */
    toJSON(): Promise<Array<WriteResult & { content: string }>>;
    disableLogger(): void;
  }
  export const HtmlBasePlugin: unknown;
  export default Eleventy;
}

/**
 * The part of Eleventy's dev server (2.1) that `news-archive serve` uses.
 * It ships no type declarations of its own.
 */
declare module '@11ty/eleventy-dev-server' {
  import type { Server } from 'node:http';
  interface DevServer {
    /** Starts listening (through _serverListen); resolves nothing, see ready(). */
    serve(port: number): void;
    /** Resolves once the server listens. */
    ready(): Promise<void>;
    /** The HTTP server, made on first use. */
    readonly server: Server;
    /** Its single listen call, also used to retry on the next port when one is in use. */
    _serverListen(port: number): void;
    reload(event?: object): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options: object): DevServer;
  };
  export default EleventyDevServer;
}
