namespace BuurtBot.Initiatieven;

/// <summary>The resident's text changed after the review page was opened; the coordinator must read the new one.</summary>
public sealed class StalePublicTextException()
    : InvalidOperationException("De tekst van de bewoner is veranderd terwijl deze pagina open stond. Lees de nieuwe tekst en keur opnieuw goed.");
