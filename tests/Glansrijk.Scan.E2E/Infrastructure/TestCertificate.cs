using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Glansrijk.Scan.E2E.Infrastructure;

/// <summary>A throw-away self-signed server certificate for 127.0.0.1 and localhost, so the app can serve HTTPS
/// only, as it does in production, without a developer certificate on the machine.</summary>
internal static class TestCertificate
{
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    /// <summary>Writes the certificate with its private key to <paramref name="pfxPath"/>; returns its thumbprint.</summary>
    public static string WritePfx(string pfxPath, string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=Glansrijk.Scan E2E", key, HashAlgorithmName.SHA256);

        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], false));

        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        File.WriteAllBytes(pfxPath, certificate.Export(X509ContentType.Pfx, password));
        return certificate.Thumbprint;
    }
}
