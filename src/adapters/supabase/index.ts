// @intelliauth/react-auth-errors/adapters/supabase: Supabase Auth's errors in the kit's language.
// Pure: no React, nothing of the root entry.
export { fromSupabaseError } from './fromSupabaseError';
