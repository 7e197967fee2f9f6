using BuurtBot.Admin;
using BuurtBot.Admin.Handoff;
using BuurtBot.Buurtbegroting;
using BuurtBot.Channels.Teams;
using BuurtBot.Channels.Telegram;
using BuurtBot.Channels.WebChat;
using BuurtBot.Conversations;
using BuurtBot.Hosting;
using BuurtBot.Initiatieven;
using BuurtBot.Instances;
using BuurtBot.Inzicht;
using BuurtBot.Languages;
using BuurtBot.Monitoring;
using BuurtBot.Notifications;
using BuurtBot.Public;
using BuurtBot.Reminders;
using BuurtBot.Peilingen;
using BuurtBot.Photos;
using BuurtBot.Privacy;
using BuurtBot.Scheduling;
using BuurtBot.Steun;
using BuurtBot.Storage;
using BuurtBot.Turns;
using BuurtBot.Wethouder;
using BuurtBot.Wijkagenda;
using BuurtBot.Wijkjaar;

var builder = WebApplication.CreateBuilder(args);

builder.AddHostingDefaults();
builder.AddStorage();
builder.AddTurns();
builder.AddInstances();
builder.AddConversations();
builder.AddPrivacy();
builder.AddPhotos();
builder.AddInitiatieven();
builder.AddWebChat();
builder.AddTeams();
builder.AddTelegram();
builder.AddHandoff();
builder.AddAdmin();
builder.AddScheduling();
builder.AddMonitoring();
builder.AddReminders();
builder.AddNotifications();
builder.AddPublicPages();
builder.AddPageLanguages();
builder.AddSteun();
builder.AddWijkagenda();
builder.AddWijkjaar();
builder.AddWethouder();
builder.AddBuurtbegroting();
builder.AddPeilingen();
builder.AddInzicht();

var app = builder.Build();

if (await app.RunCommandAsync(args))
{
    return;
}

app.UseSecurityHeaders();
app.UseStorageFaultResponses();
app.UsePageLanguages();
app.MapHealth();
app.MapWebChat();
app.MapTeams();
app.MapTelegram();
app.MapAdmin();
app.MapPhotos();
app.MapPublicPages();
app.MapWijkjaar();
app.MapPageLanguages();
app.MapSteun();

await app.RunAsync();

public partial class Program;
