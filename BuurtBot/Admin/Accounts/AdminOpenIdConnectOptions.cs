namespace BuurtBot.Admin.Accounts;

/// <summary>
/// <c>Admin:OpenIdConnect</c>: the municipality's identity provider (Entra ID, Keycloak, any standard
/// OpenID provider), authorization code flow with PKCE. MFA is the provider's business then.
/// </summary>
public sealed class AdminOpenIdConnectOptions
{
    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c> or <c>https://sso.example.nl/realms/gemeente</c>.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret: from the environment only (<c>Admin__OpenIdConnect__ClientSecret</c>), never in a file.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The button's text on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Aanmelden met je gemeente-account";

    /// <summary>Off only for a provider on plain http on loopback (tests, a local Keycloak).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim types whose values are looked up in <see cref="Rights"/>: app roles and groups.</summary>
    public IList<string> RightsClaims { get; } = ["roles", "groups"];

    /// <summary>
    /// A claim value (an Entra app role such as <c>BuurtBot.Beheerder</c>, a group's object id, a Keycloak
    /// role) to <c>beheerder</c> or <c>wijk:&lt;Wijk&gt;</c> (a buurtcoördinator of that wijk). Empty: the
    /// provider says who someone is, a beheerder gives rights in BuurtBot (a new account starts with none).
    /// </summary>
    public IDictionary<string, string> Rights { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
