using Quartz;

namespace BuurtBot.Reminders;

/// <summary>Regularly: reminders for unanswered check-ins, and "geen reactie" to the coordinator after that.</summary>
[DisallowConcurrentExecution]
public sealed class ReminderJob(ReminderService reminders) : IJob
{
    public static readonly JobKey Key = new("reminders", "monitoring");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await reminders.RunAsync(cancellationToken);
}
