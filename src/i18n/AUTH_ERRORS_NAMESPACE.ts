/** The i18next namespace that holds the kit's copy. Override any string under it. */
export const AUTH_ERRORS_NAMESPACE = 'authErrors';
