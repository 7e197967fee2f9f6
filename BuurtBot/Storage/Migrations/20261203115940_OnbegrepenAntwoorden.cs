using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class OnbegrepenAntwoorden : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AntwoordVoorstellen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Where = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Family = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wijk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Meaning = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MeaningTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProposedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AntwoordVoorstellen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnbegrepenAntwoorden",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Where = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Locale = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Wijk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ChoicesJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnbegrepenAntwoorden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnbegrepenAntwoorden_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnbegrepenOptIn",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    On = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnbegrepenOptIn", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OnbegrepenAntwoorden_AtUtc",
                table: "OnbegrepenAntwoorden",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OnbegrepenAntwoorden_ConversationId",
                table: "OnbegrepenAntwoorden",
                column: "ConversationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AntwoordVoorstellen");

            migrationBuilder.DropTable(
                name: "OnbegrepenAntwoorden");

            migrationBuilder.DropTable(
                name: "OnbegrepenOptIn");
        }
    }
}
