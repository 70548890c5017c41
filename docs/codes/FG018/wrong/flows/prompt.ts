export const welcome = 'Welcome to Acme.';
