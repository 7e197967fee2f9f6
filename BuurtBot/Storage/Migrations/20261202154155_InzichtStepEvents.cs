using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class InzichtStepEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StepEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Wijk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Dialog = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Step = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StepEvents_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StepEvents_ConversationId",
                table: "StepEvents",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_StepEvents_Dialog_AtUtc",
                table: "StepEvents",
                columns: new[] { "Dialog", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StepEvents");
        }
    }
}
