using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WijkjaarCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Wijkjaren",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    WijkanalyseOpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WijkagendaOpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BuurtactiviteitenplanOpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MonitoringOpenedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijkjaren", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Wijkjaren_Wijk_Year",
                table: "Wijkjaren",
                columns: new[] { "Wijk", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Wijkjaren");
        }
    }
}
