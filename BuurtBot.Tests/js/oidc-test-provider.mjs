// A real OpenID provider for the admin sign-in tests (npm oidc-provider, its development login and
// consent pages). Usage: node oidc-test-provider.mjs <redirect_uri> <client_id> <client_secret>
// Prints "listening <issuer>" when ready. Any login name is an account: its roles are given on the
// command line's last argument as JSON, e.g. {"anna":["buurtbot-wijk-zuid"]}; unknown names get none.
import http from 'node:http';
import Provider from 'oidc-provider';

const [redirectUri, clientId, clientSecret, rolesJson] = process.argv.slice(2);
const roles = JSON.parse(rolesJson ?? '{}');

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    // Code flow with PKCE for every client, S256 only.
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'roles'],
    },
    cookies: { keys: ['buurtbot-test-provider-cookie-key'] },
    async findAccount(ctx, id) {
      return {
        accountId: id,
        async claims() {
          const name = id.charAt(0).toUpperCase() + id.slice(1);
          return {
            sub: `sub-${id}`,
            email: `${id}@gemeente.example`,
            email_verified: true,
            name: `${name} Testpersoon`,
            given_name: name,
            roles: roles[id] ?? [],
          };
        },
      };
    },
  });
  provider.on('server_error', (ctx, err) => console.error('server_error', err));
  server.on('request', provider.callback());
  console.log(`listening ${issuer}`);
});
