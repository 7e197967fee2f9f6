using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WijkjaarPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Buurtactiviteitenplannen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Regels = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    PublishedRegels = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    EditedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    EditedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buurtactiviteitenplannen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Buurtactiviteitenplannen_Wijk_Year",
                table: "Buurtactiviteitenplannen",
                columns: new[] { "Wijk", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Buurtactiviteitenplannen");
        }
    }
}
