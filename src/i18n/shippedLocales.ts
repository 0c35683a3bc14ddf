/**
 * The languages the kit ships besides English (`locales/<lng>/`), known up front so that choosing
 * one costs a list, not a loader each: the loaders themselves (`./locales`) load on demand.
 */
export const SHIPPED_LOCALES: readonly string[] =
  'ar bg bn ca cs da de el es es-419 et fa fi fil fr he hi hr hu id it ja ko lt lv ms nb nl pl pt-BR pt-PT ro ru sk sl sr sv sw ta th tr uk ur vi zh-CN zh-TW'.split(' ');
