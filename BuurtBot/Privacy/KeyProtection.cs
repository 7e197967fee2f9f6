using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace BuurtBot.Privacy;

/// <summary>
/// The data-protection keys (they sign web chat tokens and coordinators' cookies) live in the
/// database; with <c>Privacy:KeyCertificatePath</c> set they are encrypted there with that
/// certificate, so a copy of the database alone cannot forge a token or a sign-in.
/// </summary>
public static class KeyProtection
{
    public static IDataProtectionBuilder ProtectKeysWhenConfigured(this IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(dataProtection);
        ArgumentNullException.ThrowIfNull(configuration);
        var path = configuration[$"{PrivacyOptions.Section}:{nameof(PrivacyOptions.KeyCertificatePath)}"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return dataProtection;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Privacy:KeyCertificatePath points at '{path}', which does not exist. Mount the PFX file there or leave the setting empty.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(
            path, configuration[$"{PrivacyOptions.Section}:{nameof(PrivacyOptions.KeyCertificatePassword)}"], X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException("The certificate at Privacy:KeyCertificatePath has no private key; export it as a PFX with its key.");
        }

        // Encrypts new keys, and lets this same certificate decrypt them again outside any certificate store.
        return dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
