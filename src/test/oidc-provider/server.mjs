// The stand-in OpenID Connect provider of Samspel's tests (issue 14, "Decided": without a JDK 21+
// for Keycloak, the tests fall back to the npm oidc-provider, OpenID-certified, on the machine's
// Node.js). It serves what the tests use of Keycloak 26, in Keycloak's URL layout, from the same
// realm files (src/test/resources/oidc/*.json):
//
//   /realms/<realm>/.well-known/openid-configuration    discovery (issuer http://localhost:PORT/realms/<realm>)
//   /realms/<realm>/protocol/openid-connect/auth        authorization endpoint (code flow, PKCE S256)
//   /realms/<realm>/protocol/openid-connect/token       token endpoint: authorization_code, refresh_token,
//                                                       password (public test clients), client_credentials
//   /realms/<realm>/protocol/openid-connect/certs       JWKS
//   /realms/<realm>/protocol/openid-connect/userinfo    userinfo
//   /realms/<realm>/protocol/openid-connect/logout      RP-initiated logout (no confirmation page)
//   /realms/<realm>/interaction/<uid>                   the login form (Keycloak's field ids: username,
//                                                       password, kc-login)
//   /realms/master/protocol/openid-connect/token        the admin's token (admin-cli, password grant)
//   /admin/realms/<realm>/users?username=..&exact=true  user lookup (admin API)
//   /admin/realms/<realm>/users/<id>/logout             ends a user's sessions, grants and tokens
//
// Usage: node server.mjs [PORT]   (or PORT=...; 0 or nothing takes a free port)
// Environment: SAMSPEL_OIDC_REALMS (directory of realm files; default ../resources/oidc beside this
// file), SAMSPEL_OIDC_ADMIN_USERNAME / SAMSPEL_OIDC_ADMIN_PASSWORD (the master realm's admin;
// default kcadmin / kcadmin-test-only, as KeycloakProvider sets them).
// When every realm serves its discovery, one line goes to stdout:
//   samspel-oidc-provider ready http://localhost:PORT realms=malarvik,annan
// Everything is in memory; a restart forgets all sessions and tokens and makes new signing keys.

import {
  createHash, createPublicKey, generateKeyPairSync, randomBytes, randomUUID, verify,
} from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import Provider, { errors } from 'oidc-provider';

const here = dirname(fileURLToPath(import.meta.url));
const realmDirectory = resolve(process.env.SAMSPEL_OIDC_REALMS || join(here, '..', 'resources', 'oidc'));
const requestedPort = Number(process.argv[2] ?? process.env.PORT ?? 0);
const adminUsername = process.env.SAMSPEL_OIDC_ADMIN_USERNAME || 'kcadmin';
const adminPassword = process.env.SAMSPEL_OIDC_ADMIN_PASSWORD || 'kcadmin-test-only';

// The resource indicator every access token is issued for: it makes the access token a JWT
// (oidc-provider issues JWT access tokens only for a resource server). Its audience is not this
// URN but what the client's audience mappers say (see audienceOf).
const RESOURCE = 'urn:samspel:realm-access';
// Keycloak's default client scopes: every token carries profile and email claims.
const SCOPES = 'openid profile email';
const ALL_CLAIMS = [
  'sub', 'preferred_username', 'name', 'given_name', 'family_name', 'email', 'email_verified',
  'groups', 'upn',
];

// ---------------------------------------------------------------------------------------------
// The realm files: users, groups, clients and their mappers, as Keycloak would read them.

function uuidFrom(text) {
  // A stable, UUID-shaped user id (Keycloak's ids are UUIDs; these stay the same across restarts).
  const h = createHash('sha1').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function loadRealm(file) {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const name = json.realm;
  const users = (json.users || []).map((u) => {
    // Keycloak lower-cases usernames on import and looks them up case-insensitively.
    const username = u.username.toLowerCase();
    return {
      id: uuidFrom(`${name}/${username}`),
      username,
      enabled: u.enabled !== false,
      email: u.email,
      emailVerified: !!u.emailVerified,
      firstName: u.firstName,
      lastName: u.lastName,
      upn: u.attributes?.upn?.[0],
      password: (u.credentials || []).find((c) => c.type === 'password')?.value,
      groups: (u.groups || []).map((g) => g.split('/').filter(Boolean)),
      serviceAccountClientId: u.serviceAccountClientId,
    };
  });
  const clients = (json.clients || []).map((c) => {
    const mappers = c.protocolMappers || [];
    const mapper = (type) => mappers.find((m) => m.protocolMapper === type);
    const audiences = mappers
      .filter((m) => m.protocolMapper === 'oidc-audience-mapper' && m.config['access.token.claim'] !== 'false')
      .map((m) => m.config['included.client.audience'] || m.config['included.custom.audience'])
      .filter(Boolean);
    const lifespan = Number(c.attributes?.['access.token.lifespan'] || json.accessTokenLifespan || 300);
    return {
      clientId: c.clientId,
      enabled: c.enabled !== false,
      publicClient: !!c.publicClient,
      secret: c.secret,
      standardFlow: c.standardFlowEnabled !== false,
      directAccess: !!c.directAccessGrantsEnabled,
      serviceAccount: !!c.serviceAccountsEnabled,
      pkce: c.attributes?.['pkce.code.challenge.method'],
      redirectUris: c.redirectUris || [],
      postLogoutRedirectUris: (c.attributes?.['post.logout.redirect.uris'] || '').split('##').filter(Boolean),
      lifespan,
      audiences,
      groupsMapper: mapper('oidc-group-membership-mapper'),
      upnMapper: mapper('oidc-usermodel-attribute-mapper'),
    };
  });
  return {
    name,
    accessTokenLifespan: Number(json.accessTokenLifespan || 300),
    ssoSessionIdleTimeout: Number(json.ssoSessionIdleTimeout || 1800),
    ssoSessionMaxLifespan: Number(json.ssoSessionMaxLifespan || 36000),
    users,
    clients: new Map(clients.map((c) => [c.clientId, c])),
    userByName: (username) => users.find((u) => !u.serviceAccountClientId && u.username === String(username || '').toLowerCase()),
    userById: (id) => users.find((u) => u.id === id),
    serviceAccountOf: (clientId) => users.find((u) => u.serviceAccountClientId === clientId),
  };
}

// Keycloak's redirect URI patterns: exact, or a prefix ending in '*'. '+' for post-logout URIs
// means "the redirect URIs".
function uriAllowed(patterns, value) {
  return patterns.some((p) => (p.endsWith('*') ? value.startsWith(p.slice(0, -1)) : p === value));
}

// The claims of a user as the client's mappers give them, for 'id' or 'access' tokens or 'userinfo'.
function claimsOf(user, client, use) {
  const flag = { id: 'id.token.claim', access: 'access.token.claim', userinfo: 'userinfo.token.claim' }[use];
  const claims = {
    sub: user.id,
    preferred_username: user.username,
  };
  if (!user.serviceAccountClientId) {
    Object.assign(claims, {
      email_verified: user.emailVerified,
      name: [user.firstName, user.lastName].filter(Boolean).join(' ') || undefined,
      given_name: user.firstName,
      family_name: user.lastName,
      email: user.email,
    });
  }
  if (client?.groupsMapper && client.groupsMapper.config[flag] !== 'false' && user.groups.length) {
    const full = client.groupsMapper.config['full.path'] === 'true';
    claims[client.groupsMapper.config['claim.name'] || 'groups'] = user.groups.map((g) => (full ? `/${g.join('/')}` : g[g.length - 1]));
  }
  if (client?.upnMapper && client.upnMapper.config[flag] !== 'false' && user.upn !== undefined) {
    claims[client.upnMapper.config['claim.name'] || 'upn'] = user.upn;
  }
  for (const key of Object.keys(claims)) if (claims[key] === undefined) delete claims[key];
  return claims;
}

// The access token's audience: the client's audience mapper (one at most: oidc-provider signs a
// single audience per resource server). Without one, Keycloak's tokens name only 'account' (the
// default roles), so this one does too; Keycloak sends ["samspel", "account"] where this sends
// "samspel".
function audienceOf(client) {
  return client?.audiences?.[0] || 'account';
}

// ---------------------------------------------------------------------------------------------
// One in-memory store per realm, that can also forget everything of one account (the admin
// logout): sessions, grants and every token that names the account.

function memoryAdapter() {
  const stores = new Map();
  const store = (model) => {
    if (!stores.has(model)) stores.set(model, new Map());
    return stores.get(model);
  };
  const alive = (entry) => entry && (!entry.expiresAt || entry.expiresAt > Date.now());
  class MemoryAdapter {
    constructor(model) {
      this.model = model;
      this.entries = store(model);
    }

    async upsert(id, payload, expiresIn) {
      this.entries.set(id, { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : undefined });
    }

    async find(id) {
      const entry = this.entries.get(id);
      return alive(entry) ? entry.payload : undefined;
    }

    async findByUid(uid) {
      for (const entry of this.entries.values()) if (alive(entry) && entry.payload.uid === uid) return entry.payload;
      return undefined;
    }

    async findByUserCode(userCode) {
      for (const entry of this.entries.values()) if (alive(entry) && entry.payload.userCode === userCode) return entry.payload;
      return undefined;
    }

    async consume(id) {
      const entry = this.entries.get(id);
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id) {
      this.entries.delete(id);
    }

    async revokeByGrantId(grantId) {
      for (const [model, entries] of stores) {
        if (model === 'Grant') continue;
        for (const [id, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(id);
      }
    }
  }
  MemoryAdapter.forgetAccount = (accountId) => {
    let removed = 0;
    for (const entries of stores.values()) {
      for (const [id, entry] of entries) {
        if (entry.payload.accountId === accountId) {
          entries.delete(id);
          removed += 1;
        }
      }
    }
    return removed;
  };
  return MemoryAdapter;
}

// ---------------------------------------------------------------------------------------------
// Pages: Keycloak's login form (same field names and ids), the logout that does not ask, errors.

const escapeHtml = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
}[c]));

function page(title, body) {
  return `<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>${body}</body></html>`;
}

function loginPage(realm, action, username, error) {
  return page(`Logga in på ${realm.name}`, `
<main id="kc-content">
  <h1 id="kc-page-title">Logga in / Sign in</h1>
  <p>Test provider for Samspel (oidc-provider), realm <strong>${escapeHtml(realm.name)}</strong>.</p>
  ${error ? `<div id="input-error" role="alert">${escapeHtml(error)}</div>` : ''}
  <form id="kc-form-login" method="post" action="${escapeHtml(action)}">
    <label for="username">Användarnamn / Username</label>
    <input id="username" name="username" type="text" value="${escapeHtml(username)}" autofocus autocomplete="username">
    <label for="password">Lösenord / Password</label>
    <input id="password" name="password" type="password" autocomplete="current-password">
    <input id="kc-login" name="login" type="submit" value="Logga in">
  </form>
</main>`);
}

async function logoutSource(ctx, form) {
  // Keycloak ends the session without asking when the request carries a valid id_token_hint;
  // oidc-provider always renders its confirmation form, so the form confirms itself.
  ctx.type = 'html';
  ctx.body = page('Loggar ut', `${form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>')}
<noscript><button type="submit" form="op.logoutForm">Logga ut / Sign out</button></noscript>
<script>document.forms[0].submit()</script>`);
}

async function postLogoutSuccessSource(ctx) {
  ctx.type = 'html';
  ctx.body = page('Utloggad', '<h1>Du är utloggad / You are signed out</h1>');
}

async function renderError(ctx, out) {
  ctx.type = 'html';
  ctx.body = page('Fel / Error', `<h1 id="kc-page-title">Fel / Error</h1>
${Object.entries(out).map(([k, v]) => `<p><strong>${escapeHtml(k)}</strong>: ${escapeHtml(v)}</p>`).join('')}`);
}

// ---------------------------------------------------------------------------------------------
// One Provider per realm.

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

function createProvider(realm, base) {
  const prefix = `/realms/${realm.name}`;
  const issuer = `${base}${prefix}`;
  const Adapter = memoryAdapter();
  const key = signingKey();
  const clientOf = (id) => realm.clients.get(id);
  // The one resource server: JWT access tokens whose audience and lifespan follow the client.
  const resourceServerInfo = (client) => {
    const c = clientOf(client.clientId);
    return {
      scope: SCOPES,
      audience: audienceOf(c),
      accessTokenFormat: 'jwt',
      accessTokenTTL: c?.lifespan ?? realm.accessTokenLifespan,
      jwt: { sign: { alg: 'RS256' } },
    };
  };

  const metadata = [...realm.clients.values()].filter((c) => c.enabled).map((c) => {
    const grantTypes = [];
    if (c.standardFlow) grantTypes.push('authorization_code');
    if (c.directAccess) grantTypes.push('password');
    if (c.standardFlow || c.directAccess) grantTypes.push('refresh_token');
    if (c.serviceAccount && !c.publicClient) grantTypes.push('client_credentials');
    return {
      client_id: c.clientId,
      ...(c.publicClient
        ? { token_endpoint_auth_method: 'none' }
        // The pages' client authenticates like Quarkus does by default (HTTP Basic); the others
        // (the intranet, by ProviderTokens) put the secret into the form.
        : { client_secret: c.secret, token_endpoint_auth_method: c.standardFlow ? 'client_secret_basic' : 'client_secret_post' }),
      grant_types: grantTypes,
      response_types: c.standardFlow ? ['code'] : [],
      // Placeholders: the patterns of the realm file are checked by redirectUriAllowed below.
      redirect_uris: c.standardFlow ? ['http://localhost/'] : [],
    };
  });

  const provider = new Provider(issuer, {
    adapter: Adapter,
    clients: metadata,
    jwks: { keys: [key] },
    cookies: {
      names: {
        session: `_session_${realm.name}`,
        interaction: `_interaction_${realm.name}`,
        resume: `_interaction_resume_${realm.name}`,
      },
      // Plain http on localhost: SameSite=None would need Secure, which Chromium enforces.
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
      keys: [randomBytes(32).toString('hex')],
    },
    routes: {
      authorization: '/protocol/openid-connect/auth',
      token: '/protocol/openid-connect/token',
      jwks: '/protocol/openid-connect/certs',
      userinfo: '/protocol/openid-connect/userinfo',
      end_session: '/protocol/openid-connect/logout',
      revocation: '/protocol/openid-connect/revoke',
      introspection: '/protocol/openid-connect/token/introspect',
    },
    claims: {
      openid: ALL_CLAIMS,
      profile: ['preferred_username', 'name', 'given_name', 'family_name'],
      email: ['email', 'email_verified'],
    },
    conformIdTokenClaims: false,
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      introspection: { enabled: true },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => RESOURCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx, resource, client) => {
          if (resource !== RESOURCE) throw new errors.InvalidTarget();
          return resourceServerInfo(client);
        },
      },
    },
    pkce: {
      methods: ['S256'],
      required: (ctx, client) => clientOf(client.clientId)?.pkce === 'S256',
    },
    // Keycloak keeps a refresh token valid until its session ends (no rotation by default), and
    // gives one to every code-flow client.
    rotateRefreshToken: () => false,
    issueRefreshToken: async (ctx, client) => client.grantTypeAllowed('refresh_token'),
    // No consent screen (Keycloak's clients here ask for none): the grant is made at sign-in.
    loadExistingGrant: async (ctx) => {
      const { client, session } = ctx.oidc;
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES);
      grant.addResourceScope(RESOURCE, SCOPES);
      await grant.save();
      return grant;
    },
    extraTokenClaims: async (ctx, token) => {
      const c = clientOf(token.clientId);
      const user = token.accountId ? realm.userById(token.accountId) : realm.serviceAccountOf(token.clientId);
      const claims = user ? claimsOf(user, c, 'access') : {};
      delete claims.sub;
      return { typ: 'Bearer', azp: token.clientId, ...claims };
    },
    findAccount: async (ctx, id) => {
      const user = realm.userById(id);
      if (!user || !user.enabled) return undefined;
      return {
        accountId: user.id,
        claims: async (use) => claimsOf(user, clientOf(ctx.oidc?.client?.clientId), use === 'id_token' ? 'id' : 'access'),
      };
    },
    interactions: { url: async (ctx, interaction) => `${prefix}/interaction/${interaction.uid}` },
    ttl: {
      AccessToken: (ctx, token) => token.resourceServer?.accessTokenTTL || realm.accessTokenLifespan,
      AuthorizationCode: 60,
      ClientCredentials: (ctx, token) => token.resourceServer?.accessTokenTTL || realm.accessTokenLifespan,
      IdToken: (ctx, token, client) => clientOf(client.clientId)?.lifespan ?? realm.accessTokenLifespan,
      Interaction: 1800,
      RefreshToken: realm.ssoSessionIdleTimeout,
      Session: realm.ssoSessionMaxLifespan,
      Grant: realm.ssoSessionMaxLifespan,
    },
    renderError,
    clientBasedCORS: () => true,
  });

  // Keycloak's redirect URI patterns ("http://localhost*"); post-logout "+" means the same.
  provider.Client.prototype.redirectUriAllowed = function redirectUriAllowed(value) {
    return uriAllowed(clientOf(this.clientId)?.redirectUris || [], value);
  };
  provider.Client.prototype.postLogoutRedirectUriAllowed = function postLogoutRedirectUriAllowed(value) {
    const c = clientOf(this.clientId);
    if (!c) return false;
    const patterns = c.postLogoutRedirectUris.flatMap((p) => (p === '+' ? c.redirectUris : [p]));
    return uriAllowed(patterns, value);
  };

  // The password grant (RFC 6749 §4.3), which Keycloak offers to clients with direct access
  // grants: the same tokens as the code flow gives, without a browser.
  provider.registerGrantType('password', async (ctx, next) => {
    const { client, params } = ctx.oidc;
    const user = realm.userByName(params.username);
    if (!user || !user.enabled || !user.password || user.password !== params.password) {
      throw new errors.InvalidGrant('Invalid user credentials');
    }
    const account = await provider.Account.findAccount(ctx, user.id);
    ctx.oidc.entity('Account', account);
    const authTime = Math.floor(Date.now() / 1000);
    const grant = new provider.Grant({ accountId: user.id, clientId: client.clientId });
    grant.addOIDCScope(SCOPES);
    grant.addResourceScope(RESOURCE, SCOPES);
    const grantId = await grant.save();
    ctx.oidc.entity('Grant', grant);

    const resourceServer = new provider.ResourceServer(RESOURCE, resourceServerInfo(client));
    const at = new provider.AccessToken({
      accountId: user.id, client, grantId, gty: 'password', scope: SCOPES,
    });
    at.resourceServer = resourceServer;
    ctx.oidc.entity('AccessToken', at);
    const accessToken = await at.save();

    const rt = new provider.RefreshToken({
      accountId: user.id,
      authTime,
      client,
      grantId,
      gty: 'password',
      resource: RESOURCE,
      rotations: 0,
      scope: SCOPES,
    });
    ctx.oidc.entity('RefreshToken', rt);
    const refreshToken = await rt.save();

    const idToken = new provider.IdToken({ ...(await account.claims('id_token', SCOPES)), auth_time: authTime }, { ctx });
    idToken.scope = SCOPES;
    idToken.set('at_hash', accessToken);

    ctx.body = {
      access_token: accessToken,
      expires_in: at.expiration,
      refresh_expires_in: realm.ssoSessionIdleTimeout,
      refresh_token: refreshToken,
      token_type: 'Bearer',
      id_token: await idToken.issue({ use: 'idtoken' }),
      scope: SCOPES,
    };
    await next();
  }, new Set(['username', 'password', 'scope']));

  provider.on('server_error', (ctx, err) => console.error(`[${realm.name}] server_error`, err));
  if (process.env.SAMSPEL_OIDC_DEBUG) {
    for (const event of ['grant.error', 'authorization.error', 'end_session.error', 'userinfo.error']) {
      provider.on(event, (ctx, err) => console.error(`[${realm.name}] ${event}: ${err.message} ${err.error_detail || ''}`));
    }
  }
  return {
    realm, provider, prefix, issuer, forgetAccount: Adapter.forgetAccount, publicKey: createPublicKey({ key, format: 'jwk' }),
  };
}

// ---------------------------------------------------------------------------------------------
// The HTTP server: admin emulation, the login form, then each realm's Provider under its prefix.

function readBody(req) {
  return new Promise((ok, fail) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

const adminTokens = new Map(); // token -> expiry (ms)

function adminAuthorized(req) {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization || '')?.[1];
  const expiry = token && adminTokens.get(token);
  return !!expiry && expiry > Date.now();
}

async function handleAdmin(req, res, url, realms) {
  if (url.pathname === '/realms/master/protocol/openid-connect/token' && req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    if (form.get('grant_type') !== 'password' || form.get('client_id') !== 'admin-cli') {
      return send(res, 400, { error: 'unauthorized_client', error_description: 'only admin-cli password grant here' });
    }
    if (form.get('username') !== adminUsername || form.get('password') !== adminPassword) {
      return send(res, 401, { error: 'invalid_grant', error_description: 'Invalid user credentials' });
    }
    const token = randomBytes(32).toString('base64url');
    adminTokens.set(token, Date.now() + 60_000);
    return send(res, 200, { access_token: token, expires_in: 60, token_type: 'Bearer' });
  }
  const match = /^\/admin\/realms\/([^/]+)\/users(?:\/([^/]+)\/(logout))?\/?$/.exec(url.pathname);
  if (!match) return send(res, 404, { error: 'Not found' });
  if (!adminAuthorized(req)) return send(res, 401, { error: 'HTTP 401 Unauthorized' });
  const entry = realms.get(match[1]);
  if (!entry) return send(res, 404, { error: 'Realm not found.' });
  const { realm } = entry;
  if (!match[2] && req.method === 'GET') {
    const wanted = (url.searchParams.get('username') || '').toLowerCase();
    const exact = url.searchParams.get('exact') === 'true';
    const found = realm.users
      .filter((u) => !wanted || (exact ? u.username === wanted : u.username.includes(wanted)))
      .map((u) => ({
        id: u.id, username: u.username, enabled: u.enabled, email: u.email, firstName: u.firstName, lastName: u.lastName,
      }));
    return send(res, 200, found);
  }
  if (match[3] === 'logout' && req.method === 'POST') {
    await readBody(req);
    const user = realm.userById(match[2]);
    if (!user) return send(res, 404, { error: 'User not found' });
    entry.forgetAccount(user.id);
    res.writeHead(204);
    return res.end();
  }
  return send(res, 405, { error: 'Method not allowed' });
}

// Userinfo for the JWT access tokens (oidc-provider's own userinfo endpoint serves only the
// opaque tokens it stores): signature, issuer and expiry checked, claims as the client's mappers
// give them. Unlike Keycloak it does not ask whether the session still lives.
function handleUserinfo(req, res, entry) {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization || '')?.[1];
  const refuse = (why) => {
    res.writeHead(401, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${why}"`, 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ error: 'invalid_token', error_description: why }));
  };
  if (!token) return refuse('missing bearer token');
  const parts = token.split('.');
  if (parts.length !== 3) return refuse('not a JWT');
  let header;
  let payload;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return refuse('not a JWT');
  }
  const signed = header.alg === 'RS256' && verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), entry.publicKey, Buffer.from(parts[2], 'base64url'));
  if (!signed) return refuse('bad signature');
  if (payload.iss !== entry.issuer) return refuse('wrong issuer');
  if (!(payload.exp > Date.now() / 1000)) return refuse('token expired');
  const client = entry.realm.clients.get(payload.azp);
  const user = entry.realm.userById(payload.sub) || entry.realm.serviceAccountOf(payload.azp);
  if (!user) return refuse('user not found');
  return send(res, 200, claimsOf(user, client, 'userinfo'));
}

async function handleInteraction(req, res, entry, uid, action) {
  const { provider, realm, prefix } = entry;
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (err) {
    return send(res, 400, page('Fel / Error', `<h1>Inloggningen har gått ut / The sign-in expired</h1><p>${escapeHtml(err.message)}</p>`), 'text/html');
  }
  if (details.uid !== uid) return send(res, 400, page('Fel / Error', '<h1>Fel inloggning / Wrong sign-in</h1>'), 'text/html');
  const formAction = `${prefix}/interaction/${uid}/login`;
  if (details.prompt.name === 'login') {
    if (action === 'login' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const user = realm.userByName(form.get('username'));
      if (!user || !user.enabled || !user.password || user.password !== form.get('password')) {
        return send(res, 200, loginPage(realm, formAction, form.get('username'), 'Invalid username or password.'), 'text/html');
      }
      return provider.interactionFinished(req, res, { login: { accountId: user.id } }, { mergeWithLastSubmission: false });
    }
    return send(res, 200, loginPage(realm, formAction, details.params.login_hint || ''), 'text/html');
  }
  // Any other prompt (consent): granted as Keycloak does for these clients.
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  grant.addOIDCScope(SCOPES);
  grant.addResourceScope(RESOURCE, SCOPES);
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

// Two habits of Keycloak that tests (and browsers) see, put on oidc-provider's GET answers:
// a redirect is a 302 (oidc-provider sends 303; for a GET both mean "go there"), and an
// authorization request that needs a sign-in answers 200 with the login form itself, where
// oidc-provider redirects to its interaction URL. The form posts to that URL, whose cookie the
// same answer sets.
function keycloakAnswers(res, entry) {
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  const pattern = new RegExp(`^(?:${base()})?${entry.prefix}/interaction/([^/?#]+)$`);
  let loginForm;
  const toLoginForm = (status) => {
    const interaction = status >= 300 && status < 400 && pattern.exec(String(res.getHeader('location') || ''));
    if (interaction && !res.headersSent) {
      loginForm = loginPage(entry.realm, `${entry.prefix}/interaction/${interaction[1]}/login`, '');
      res.statusCode = 200;
      res.statusMessage = 'OK';
      res.removeHeader('location');
      res.removeHeader('content-length');
      res.setHeader('content-type', 'text/html; charset=utf-8');
    }
  };
  res.writeHead = (status, ...rest) => {
    toLoginForm(status);
    if (loginForm !== undefined) return writeHead(200, 'OK');
    return status === 303 ? writeHead(302, 'Found') : writeHead(status, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (loginForm === undefined) toLoginForm(res.statusCode);
    if (loginForm !== undefined) return end(loginForm);
    if (res.statusCode === 303 && !res.headersSent) {
      res.statusCode = 302;
      res.statusMessage = 'Found';
    }
    return end(chunk, ...rest);
  };
}

const realmFiles = readdirSync(realmDirectory).filter((f) => f.endsWith('.json')).sort();
if (!realmFiles.length) {
  console.error(`No realm files (*.json) in ${realmDirectory}`);
  process.exit(2);
}

const realms = new Map();
const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, base());
    if (url.pathname === '/realms/master/protocol/openid-connect/token' || url.pathname.startsWith('/admin/')) {
      return await handleAdmin(req, res, url, realms);
    }
    const m = /^\/realms\/([^/]+)(\/.*)?$/.exec(url.pathname);
    const entry = m && realms.get(m[1]);
    if (!entry) return send(res, 404, { error: 'Realm does not exist' });
    const interaction = /^\/interaction\/([^/]+)(?:\/(login))?$/.exec(m[2] || '');
    if (interaction) return await handleInteraction(req, res, entry, interaction[1], interaction[2]);
    if (m[2] === '/protocol/openid-connect/userinfo') return handleUserinfo(req, res, entry);
    // Keycloak answers with its fixed hostname whatever address was used: so does this.
    req.headers.host = new URL(base()).host;
    if (req.method === 'GET') keycloakAnswers(res, entry);
    req.originalUrl = req.url;
    req.url = req.url.slice(entry.prefix.length) || '/';
    return entry.callback(req, res);
  } catch (err) {
    console.error(err);
    if (!res.headersSent) send(res, 500, { error: 'server_error', error_description: String(err.message) });
    else res.end();
  }
});

let listeningPort;
function base() {
  return `http://localhost:${listeningPort}`;
}

server.listen(requestedPort, '127.0.0.1', () => {
  listeningPort = server.address().port;
  for (const file of realmFiles) {
    const entry = createProvider(loadRealm(join(realmDirectory, file)), base());
    entry.callback = entry.provider.callback();
    realms.set(entry.realm.name, entry);
  }
  console.log(`samspel-oidc-provider ready ${base()} realms=${[...realms.keys()].join(',')}`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
