using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Wijkgesprek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WijkgesprekAntwoorden",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Wijk = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Vraag = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Thema = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WijkgesprekAntwoorden", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WijkgesprekAntwoorden_ResidentId_Year",
                table: "WijkgesprekAntwoorden",
                columns: new[] { "ResidentId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_WijkgesprekAntwoorden_Wijk_Year",
                table: "WijkgesprekAntwoorden",
                columns: new[] { "Wijk", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WijkgesprekAntwoorden");
        }
    }
}
