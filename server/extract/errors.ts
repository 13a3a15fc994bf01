// Typed extraction errors with stable codes, so the CLI and the HTTP layer can map them without
// parsing messages.
export type ExtractErrorCode = 'empty-text' | 'binary-input' | 'too-large' | 'unsupported-language' | 'bad-published-date' | 'bad-option';

export class ExtractError extends Error {
  constructor(public readonly code: ExtractErrorCode, message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}

export const MAX_TEXT_CHARS = 2_000_000;
