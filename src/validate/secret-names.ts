/**
 * Names that carry a credential when a request sends them, for both credential rules (FG401
 * literal, FG402 through a variable's initial value): the authentication headers of HTTP and of
 * common APIs, and the query parameters OAuth 2.0 and API-key schemes use.
 */
export const SECRET_HEADER = /^(authorization|proxy-authorization|x-api-key|api-key|apikey|x-auth-token|cookie)$/i;
export const SECRET_PARAM = /^(access_token|api_key|apikey|token|password|secret|client_secret)$/i;
