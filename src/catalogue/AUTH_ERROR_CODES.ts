import { catalogue, type AuthErrorCode } from './catalogue';

/** Every code in the catalogue, in catalogue order (grouped by family). */
export const AUTH_ERROR_CODES = Object.keys(catalogue) as readonly AuthErrorCode[];
