namespace BuurtBot.Dialogs.Messages;

public sealed record GeoLocation(double Latitude, double Longitude);
