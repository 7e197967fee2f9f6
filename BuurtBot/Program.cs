using BuurtBot.Channels.Teams;
using BuurtBot.Channels.Telegram;
using BuurtBot.Channels.WebChat;
using BuurtBot.Hosting;
using BuurtBot.Scheduling;
using BuurtBot.Storage;
using BuurtBot.Turns;

var builder = WebApplication.CreateBuilder(args);

builder.AddHostingDefaults();
builder.AddStorage();
builder.AddTurns();
builder.AddWebChat();
builder.AddTeams();
builder.AddTelegram();
builder.AddScheduling();

var app = builder.Build();

app.UseSecurityHeaders();
app.MapHealth();
app.MapWebChat();
app.MapTeams();
app.MapTelegram();

app.Run();

public partial class Program;
