using BuurtBot.Dialogs.Engine;
using BuurtBot.Tests.Testing;
using static BuurtBot.Tests.Dialogs.Engine.TestDialogs;

namespace BuurtBot.Tests.Dialogs.Engine;

/// <summary>A deploy changed the dialogs under a saved conversation: apologise, start over, report.</summary>
public sealed class StaleStackTests
{
    private readonly List<StaleDialogStack> _reported = [];

    private DialogTestFlow NewFlow(string savedState, bool withCommands = false)
    {
        var hooks = new DialogBotHooks
        {
            OnStaleStackAsync = (_, stale, _) =>
            {
                _reported.Add(stale);
                return Task.CompletedTask;
            },
        };
        WaterfallStep[] steps = [Ask("text", "Hoe heet je idee?"), Echo("Titel")];
        return (withCommands ? WithCommands(hooks, steps) : Flow(hooks, steps)).With(savedState);
    }

    [Fact]
    public async Task AnUnknownDialogIdGetsAnApologyAndTheMainDialog()
    {
        await NewFlow("""{"dialogStack":[{"id":"removed-dialog","state":{}}]}""")
            .Send("2").AssertReplyContains("vernieuwd").AssertReply("Hoe heet je idee?")
            .Send("Bankje").AssertReply("Titel: Bankje");

        Assert.Equal("removed-dialog", Assert.Single(_reported).DialogId);
    }

    [Fact]
    public async Task AnUnknownDialogInsideAComponentIsCaughtToo()
    {
        await NewFlow("""{"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[{"id":"old-prompt","state":{}},{"id":"flow","state":{"stepIndex":0,"values":{}}}]}}}]}""")
            .Send("ja").AssertReplyContains("vernieuwd").AssertReply("Hoe heet je idee?");

        Assert.Equal("old-prompt", Assert.Single(_reported).DialogId);
    }

    [Fact]
    public async Task AStepIndexBeyondTheWaterfallGetsAnApology()
    {
        await NewFlow("""{"dialogStack":[{"id":"main","state":{"dialogs":{"dialogStack":[{"id":"flow","state":{"stepIndex":7,"values":{}}}]}}}]}""")
            .Send("ja").AssertReplyContains("vernieuwd").AssertReply("Hoe heet je idee?");

        var stale = Assert.Single(_reported);
        Assert.Equal("flow", stale.DialogId);
        Assert.Contains("step 7", stale.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableStateGetsAnApologyToo()
    {
        await NewFlow("{ this is not json")
            .Send("hallo").AssertReplyContains("vernieuwd").AssertReply("Hoe heet je idee?");

        Assert.Single(_reported);
    }

    [Fact]
    public async Task AStaleStackFoundByHelpIsHandledTheSameWay()
    {
        await NewFlow("""{"dialogStack":[{"id":"gone","state":{}}]}""", withCommands: true)
            .Send("help").AssertReplyContains("'terug'").AssertReplyContains("vernieuwd").AssertReply("Hoe heet je idee?");

        Assert.Single(_reported);
    }
}

internal static class DialogTestFlowExtensions
{
    public static DialogTestFlow With(this DialogTestFlow flow, string savedState)
    {
        flow.SavedState = savedState;
        return flow;
    }
}
