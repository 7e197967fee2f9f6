using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Scheduling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CheckInRounds",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderSentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoordinatorTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WijkName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DigestDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DoneUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoordinatorTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Evaluaties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Satisfaction = table.Column<int>(type: "INTEGER", nullable: false),
                    WentWell = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CouldBeBetter = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WouldDoAgain = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evaluaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AfspraakId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PhotoReference = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MonitoringPlans",
                columns: table => new
                {
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WijkName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UitvoeringSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CadenceDays = table.Column<int>(type: "INTEGER", nullable: true),
                    FirstCheckInUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EvaluatieDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AppliedSignature = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NoResponseSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonitoringPlans", x => x.InitiatiefId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInRounds_AnsweredUtc_SentUtc",
                table: "CheckInRounds",
                columns: new[] { "AnsweredUtc", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInRounds_InitiatiefId",
                table: "CheckInRounds",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInRounds_Key",
                table: "CheckInRounds",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorTasks_Key",
                table: "CoordinatorTasks",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoordinatorTasks_WijkName_DoneUtc",
                table: "CoordinatorTasks",
                columns: new[] { "WijkName", "DoneUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Evaluaties_InitiatiefId",
                table: "Evaluaties",
                column: "InitiatiefId");

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringEntries_InitiatiefId_AfspraakId_AtUtc",
                table: "MonitoringEntries",
                columns: new[] { "InitiatiefId", "AfspraakId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MonitoringPlans_WijkName",
                table: "MonitoringPlans",
                column: "WijkName");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CheckInRounds");

            migrationBuilder.DropTable(
                name: "CoordinatorTasks");

            migrationBuilder.DropTable(
                name: "Evaluaties");

            migrationBuilder.DropTable(
                name: "MonitoringEntries");

            migrationBuilder.DropTable(
                name: "MonitoringPlans");
        }
    }
}
