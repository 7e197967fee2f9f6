namespace BuurtBot.Admin.Audit;

/// <summary>The names in the audit log's Action column.</summary>
public static class AuditActions
{
    public const string SignedIn = "signed-in";
    public const string OnbegrepenOptInChanged = "onbegrepen-opt-in-changed";
    public const string OnbegrepenAntwoordDeleted = "onbegrepen-antwoord-deleted";
    public const string AntwoordVoorstelAdded = "antwoord-voorstel-added";
    public const string AntwoordVoorstelDeleted = "antwoord-voorstel-deleted";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string PasswordChanged = "password-changed";
    public const string SignedOut = "signed-out";
    public const string TotpEnabled = "totp-enabled";
    public const string RightsChanged = "rights-changed";
    public const string NotificationsChanged = "notifications-changed";
    public const string AccountCreated = "account-created";
    public const string TookOver = "took-over";
    public const string Replied = "replied";
    public const string HandedBack = "handed-back";
    public const string NoteAdded = "note-added";
    public const string CannedReplyAdded = "canned-reply-added";
    public const string CannedReplyDeleted = "canned-reply-deleted";
    public const string PeilingCreated = "peiling-created";
    public const string WijkagendaApproved = "wijkagenda-approved";
    public const string WijkagendaPublished = "wijkagenda-published";
    public const string WethouderBesprekingMarked = "wethouder-bespreking-marked";
    public const string WethouderBesprekingCleared = "wethouder-bespreking-cleared";
    public const string BuurtbegrotingSet = "buurtbegroting-set";
}
