using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BuurtBot.Tests.Testing;
using Microsoft.EntityFrameworkCore;

namespace BuurtBot.Tests.Privacy;

/// <summary>With Privacy:KeyCertificatePath set, the data-protection keys in the database are encrypted, and still work.</summary>
public sealed class KeyProtectionTests
{
    [Fact]
    public async Task KeysAreStoredEncryptedWithTheCertificateAndTokensStillWork()
    {
        var pfx = Path.Combine(Path.GetTempPath(), $"buurtbot-keys-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=BuurtBot data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "geheim-test"));
        }

        try
        {
            await using var app = new BuurtBotApp { UseWelcomeBot = true };
            app.Settings["Privacy:KeyCertificatePath"] = pfx;
            app.Settings["Privacy:KeyCertificatePassword"] = "geheim-test";
            var http = app.CreateClient();
            var generated = await http.PostAsync("/v3/directline/tokens/generate", null);
            Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
            var token = System.Text.Json.JsonDocument.Parse(await generated.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString();
            using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
            start.Headers.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(start)).StatusCode);

            var keys = await app.QueryAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync());
            var xml = Assert.Single(keys)!;
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
