namespace BuurtBot.Privacy.Review;

/// <summary>A piece of text that looks like personal data, by position, so the review page can mark it.</summary>
public sealed record PersonalDataMatch(PersonalDataKind Kind, int Start, int Length, string Value);
