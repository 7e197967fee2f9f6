using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostgresSteunMijlpalenWijkagenda : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SteunMijlpalen",
                columns: table => new
                {
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: false),
                    Supporters = table.Column<int>(type: "integer", nullable: false),
                    ReachedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteunMijlpalen", x => new { x.InitiatiefId, x.Supporters });
                    table.ForeignKey(
                        name: "FK_SteunMijlpalen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WijkagendaInput",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResidentId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Themas = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sentence = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WijkagendaInput", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WijkagendaInput_ResidentId_Year",
                table: "WijkagendaInput",
                columns: new[] { "ResidentId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WijkagendaInput_Year_Wijk",
                table: "WijkagendaInput",
                columns: new[] { "Year", "Wijk" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SteunMijlpalen");

            migrationBuilder.DropTable(
                name: "WijkagendaInput");
        }
    }
}
