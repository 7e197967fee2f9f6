using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class SharedClientLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ClientRateWindows",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddressKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WindowStartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClientRateWindows", x => new { x.Kind, x.AddressKey, x.WindowStartUtc });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClientRateWindows_WindowStartUtc",
                table: "ClientRateWindows",
                column: "WindowStartUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClientRateWindows");
        }
    }
}
