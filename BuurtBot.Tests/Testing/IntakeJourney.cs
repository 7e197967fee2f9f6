namespace BuurtBot.Tests.Testing;

/// <summary>A resident's answers to "Nieuw initiatief", as they type and tap them in Dutch.</summary>
public sealed record IntakeAnswers
{
    public string Wijk { get; init; } = "Centrum";
    public string? Buurt { get; init; } = "Havenstraatbuurt";
    public string Thema { get; init; } = "Spelen & bewegen";
    public string Title { get; init; } = "Bankje bij de speeltuin";
    public string Description { get; init; } = "Een houten bankje naast de zandbak, zodat ouders kunnen zitten.";
    public string Doel { get; init; } = "Dat ouders elkaar vaker ontmoeten.";
    public string Neighbours { get; init; } = "12";

    /// <summary>A street, or null to tap 'Overslaan'.</summary>
    public string? Street { get; init; } = "Havenstraat 12";

    public IReadOnlyList<string> Bewoners { get; init; } = ["Buren vragen"];

    /// <summary>Button titles; "Geld" is followed by <see cref="Amount"/>.</summary>
    public IReadOnlyList<string> Gemeente { get; init; } = ["Geld"];

    public string Amount { get; init; } = "2500";

    /// <summary>A photo of the spot to send (through the upload), or null to tap 'Overslaan'.</summary>
    public byte[]? Photo { get; init; }

    /// <summary>The answer to "use the place your photo says?", when the photo says one and is sent.</summary>
    public bool? UsePhotoPlace { get; init; }
}

/// <summary>The parts of the intake a test walks through when it is about something else.</summary>
public static class IntakeJourney
{
    /// <summary>From the menu to the last question before similar ideas and wederkerigheid (the location, answered).</summary>
    public static async Task AnswerIntakeQuestions(this ResidentChat chat, IntakeAnswers answers)
    {
        await chat.ExpectReply(contains: "Wat wil je doen?");
        await chat.Tap("Nieuw initiatief");
        await chat.ExpectReply(contains: "Leuk dat je een idee hebt");
        await chat.ExpectReply(contains: "In welke wijk is je idee?");
        await chat.Tap(answers.Wijk);
        if (answers.Buurt is { } buurt)
        {
            await chat.ExpectReply(contains: "En in welke buurt?");
            await chat.Tap(buurt);
        }

        await chat.ExpectReply(contains: "Waar gaat je idee over?");
        await chat.Tap(answers.Thema);
        await chat.ExpectReply(contains: "korte titel");
        await chat.Say(answers.Title);
        await chat.ExpectReply(contains: "Vertel wat je idee is");
        await chat.Say(answers.Description);
        await chat.ExpectReply(contains: "Wat wil je ermee bereiken?");
        await chat.Say(answers.Doel);
        await chat.ExpectReply(contains: "Hoeveel buren doen mee?");
        await chat.Say(answers.Neighbours);
        await chat.ExpectReply(contains: "Waar precies?");
        if (answers.Street is { } street)
        {
            await chat.Say(street);
        }
        else
        {
            await chat.Tap("Overslaan");
        }

        await chat.ExpectReply(contains: "Heb je een foto van de plek?");
        if (answers.Photo is not { } photo)
        {
            await chat.Tap("Overslaan");
            return;
        }

        await chat.SendPhoto(photo);
        await chat.ExpectReply(contains: "ik heb je foto bewaard");
        if (answers.UsePhotoPlace is { } use)
        {
            await chat.ExpectReply(contains: "Je foto zegt waar hij gemaakt is");
            await chat.Tap(use ? "Ja" : "Nee");
            await chat.ExpectReply(contains: use ? "Goed, ik gebruik de plek van je foto." : "ik gebruik de plek van je foto niet");
        }
    }

    /// <summary>Wederkerigheid, both sides, up to the summary; returns the summary's text.</summary>
    public static async Task<string> AgreeWederkerigheid(this ResidentChat chat, IntakeAnswers answers)
    {
        await chat.ExpectReply(contains: "wederkerigheid");
        await chat.ExpectReply(contains: "Wat gaan jullie als bewoners doen?");
        foreach (var pick in answers.Bewoners)
        {
            await chat.Tap(pick);
            await chat.ExpectReply(contains: "Genoteerd: ");
            await chat.ExpectReply(contains: "Wat gaan jullie als bewoners doen?");
        }

        await chat.Tap("Klaar");
        await chat.ExpectReply(contains: "Wat vragen jullie van de gemeente?");
        foreach (var pick in answers.Gemeente)
        {
            await chat.Tap(pick);
            if (pick == "Geld")
            {
                await chat.ExpectReply(contains: "Hoeveel geld");
                await chat.Say(answers.Amount);
            }

            await chat.ExpectReply(contains: "Genoteerd: ");
            await chat.ExpectReply(contains: "Wat vragen jullie van de gemeente?");
        }

        await chat.Tap("Klaar");
        var summary = (await chat.ExpectReply(contains: "Dit is je initiatief:"))["text"]!.GetValue<string>();
        await chat.ExpectReply(contains: "Klopt alles?", buttons: ["Indienen", "Iets wijzigen", "Niet indienen"]);
        return summary;
    }

    /// <summary>The whole intake from the menu, submitted; the menu is the next thing to read.</summary>
    /// <param name="firstErrand">Whether this is the resident's first finished errand, after which peilingen are offered once.</param>
    public static async Task SubmitInitiatief(this ResidentChat chat, IntakeAnswers answers, bool firstErrand = true)
    {
        await chat.AnswerIntakeQuestions(answers);
        await chat.AgreeWederkerigheid(answers);
        await chat.Tap("Indienen");
        await chat.ExpectReply(contains: $"Je initiatief '{answers.Title}' is ingediend.");
        await chat.DeclinePublishing();
        if (firstErrand)
        {
            await chat.DeclinePeilingen();
        }
    }

    /// <summary>After the resident's first finished errand peilingen are offered, once; these journeys say no.</summary>
    public static async Task DeclinePeilingen(this ResidentChat chat)
    {
        await chat.ExpectReply(contains: "Mag ik je af en toe een korte vraag over je buurt sturen?");
        await chat.Tap("Nee");
        await chat.ExpectReply(contains: "je krijgt geen peilingen");
    }

    /// <summary>Answers "Mag je initiatief openbaar worden?" (asked after "Indienen") with no.</summary>
    public static async Task DeclinePublishing(this ResidentChat chat)
    {
        await chat.ExpectReply(contains: "Mag je initiatief openbaar worden?", buttons: ["Ja, maak openbaar", "Nee, liever niet"]);
        await chat.Tap("Nee, liever niet");
        await chat.ExpectReply(contains: "blijft niet openbaar");
    }
}
