using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BoneBalance.Web.Accounts.Mail;

/// <summary>
/// Mail waiting to be sent. Pages only put a message here and answer at once, so the answer to "send me a reset link"
/// takes the same time whether or not the address has an account (a slower answer would tell a stranger it has); the
/// <see cref="MailSender"/> sends in the background. Bounded: when 1,000 messages wait, new ones are dropped.
/// </summary>
internal sealed class MailOutbox
{
    /// <summary>Most messages waiting.</summary>
    public const int Capacity = 1_000;

    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    /// <summary>Queues a message; false when the outbox is full.</summary>
    public bool Post(MimeMessage message) => _queue.Writer.TryWrite(message);

    /// <summary>The messages, as they come.</summary>
    public ChannelReader<MimeMessage> Reader => _queue.Reader;
}

/// <summary>Sends the <see cref="MailOutbox"/>'s messages with MailKit, one connection per message, and logs failures
/// without the recipient or the link.</summary>
internal sealed partial class MailSender(MailOutbox outbox, IOptions<MailSettings> settings, ILogger<MailSender> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var message in outbox.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await SendAsync(message, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The exception's message can quote the recipient's address: only its kind and SMTP status are logged.
                    Failed(logger, e.GetType().Name, (e as SmtpCommandException)?.StatusCode.ToString() ?? "-");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping (or failed to start, e.g. on a busy port): nothing to report.
        }
    }

    private async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = settings.Value;
        using var client = new SmtpClient();
        var security = mail.Security.ToUpperInvariant() switch
        {
            "NONE" => SecureSocketOptions.None,
            "STARTTLS" => SecureSocketOptions.StartTls,
            "TLS" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.Auto,
        };
        await client.ConnectAsync(mail.Host!, mail.Port, security, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        }

        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A mail could not be sent: {Error} (SMTP status {Status})")]
    private static partial void Failed(ILogger logger, string error, string status);
}
