using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Residents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Voorstel",
                table: "Initiatieven",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConsentUtc",
                table: "Conversations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DealChangeRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InitiatiefId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    HandledUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DealChangeRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DealChangeRequests_InitiatiefId_HandledUtc",
                table: "DealChangeRequests",
                columns: new[] { "InitiatiefId", "HandledUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DealChangeRequests");

            migrationBuilder.DropColumn(
                name: "Voorstel",
                table: "Initiatieven");

            migrationBuilder.DropColumn(
                name: "ConsentUtc",
                table: "Conversations");
        }
    }
}
