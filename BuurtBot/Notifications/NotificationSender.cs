using BuurtBot.Storage;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BuurtBot.Notifications;

/// <summary>
/// Sends the queued e-mails through SMTP (MailKit). A mail is marked sent only after the server accepted
/// it; when the server is down it waits (the wait doubling, up to 30 minutes) and is tried again, also after
/// a restart, so an outage delays e-mails and loses none. Each mail is claimed in the database before it
/// goes, so two instances never send the same one; its Message-Id is fixed, so even the one mail a crash
/// between "accepted" and "marked" could send twice is recognisable as the same.
/// </summary>
public sealed partial class NotificationSender(
    IServiceScopeFactory scopes,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationSender> logger) : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollEvery, time);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends what is due now; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BuurtBotDbContext>();
        var mails = db.Set<NotificationMail>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await mails
            .Where(m => m.SentUtc == null && m.DueUtc <= now && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
            .OrderBy(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        using var smtp = new SmtpClient { Timeout = 30_000 };
        try
        {
            var settings = options.Value.Smtp;
            await smtp.ConnectAsync(settings.Host!, settings.Port, settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await smtp.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            foreach (var mail in due)
            {
                var claimed = await mails
                    .Where(m => m.Id == mail.Id && m.SentUtc == null && (m.ClaimedUntilUtc == null || m.ClaimedUntilUtc < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntilUtc, now + Claim), cancellationToken);
                if (claimed == 0)
                {
                    // Another instance has it.
                    continue;
                }

                await smtp.SendAsync(Message(mail), cancellationToken);
                mail.Attempts++;
                mail.SentUtc = time.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }

            await smtp.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The server is down or refused: what is left waits, and is tried again later.
            foreach (var mail in due.Where(m => m.SentUtc is null))
            {
                mail.Attempts++;
                mail.DueUtc = now + Wait(mail.Attempts);
                mail.ClaimedUntilUtc = null;
                db.Entry(mail).Property(m => m.ClaimedUntilUtc).IsModified = true;
            }

            await db.SaveChangesAsync(CancellationToken.None);
            LogSendFailed(due.Count - sent, ex.GetType().Name);
        }

        return sent;
    }

    private TimeSpan Wait(int attempts)
    {
        var wait = options.Value.RetryAfter * Math.Pow(2, Math.Min(attempts - 1, 16));
        return wait < MaxWait ? wait : MaxWait;
    }

    private MimeMessage Message(NotificationMail mail)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Body = new TextPart("plain") { Text = mail.Body },
            MessageId = $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(mail.Key)))[..32].ToLowerInvariant()}@buurtbot",
        };
        message.From.Add(MailboxAddress.Parse(options.Value.Smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} notification e-mails ({Error}); they are tried again later")]
    private partial void LogSendFailed(int count, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification sweep failed")]
    private partial void LogSweepFailed(Exception exception);
}
