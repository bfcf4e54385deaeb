namespace BoneBalance.Web.Accounts.Mail;

/// <summary>
/// The <c>Mail</c> configuration section: the SMTP server that sends password-reset links. Password reset is offered only
/// when <see cref="Host"/>, <see cref="From"/> and <see cref="PublicBaseUrl"/> are all set (<see cref="Enabled"/>).
/// </summary>
internal sealed class MailSettings
{
    /// <summary>The section name.</summary>
    public const string Section = "Mail";

    /// <summary>SMTP host name.</summary>
    public string? Host { get; set; }

    /// <summary>SMTP port (587 submission with STARTTLS by default; 465 implicit TLS; 25).</summary>
    public int Port { get; set; } = 587;

    /// <summary>How to secure the connection: <c>auto</c> (STARTTLS when offered, TLS on 465), <c>starttls</c>, <c>tls</c>,
    /// <c>none</c> (a server on the same machine only).</summary>
    public string Security { get; set; } = "auto";

    /// <summary>User name for SMTP authentication, when the server needs it.</summary>
    public string? UserName { get; set; }

    /// <summary>Password for SMTP authentication.</summary>
    public string? Password { get; set; }

    /// <summary>The sender address, e.g. <c>BoneBalance &lt;no-reply@example.org&gt;</c>.</summary>
    public string? From { get; set; }

    /// <summary>The address people reach this BoneBalance at (e.g. <c>https://bones.example.org</c>): reset links are built
    /// on it, never on the request's Host header, which a stranger could set to their own site.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>True when mail can be sent and links built.</summary>
    public bool Enabled =>
        !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From)
        && Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var baseUrl) && (baseUrl.Scheme == Uri.UriSchemeHttps || baseUrl.Scheme == Uri.UriSchemeHttp);
}
