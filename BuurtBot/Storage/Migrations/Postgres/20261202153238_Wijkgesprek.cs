using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Vraag = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Thema = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Text = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
