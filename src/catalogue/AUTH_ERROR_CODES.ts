import type { AuthErrorCode } from './catalogue';
import { codeList } from './codeList';

/** Every code in the catalogue, in catalogue order (grouped by family). */
export const AUTH_ERROR_CODES: readonly AuthErrorCode[] = codeList;
