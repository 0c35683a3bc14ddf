'use client';

// Every segment's errors, as the kit's outcome for their code (server components' included).
export { AuthErrorPage as default } from '@intelliauth/react-auth-errors/next';
