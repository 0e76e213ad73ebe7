/**
 * The part of citation-js that "Cite this article" uses. Its packages ship no
 * type declarations of their own; the plugins register themselves on import.
 */
declare module '@citation-js/core' {
  export const plugins: {
    output: {
      /** Format CSL-JSON data with a registered output (`bibliography`, `bibtex`, `ris`). */
      format(name: string, data: object[], options?: object): unknown;
    };
    config: {
      /** The CSL plugin's settings: `engine` gives the citeproc-js engine it keeps for a style and locale. */
      get(name: '@csl'): {
        engine(
          data: object[],
          style: string,
          lang: string,
          format: string,
        ): { restoreProcessorState(citations?: object[]): unknown };
      };
    };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
