using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WethouderEnBuurtbegroting : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Buurtbegrotingen",
                columns: table => new
                {
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    AmountCents = table.Column<long>(type: "bigint", nullable: false),
                    SetById = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SetUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Buurtbegrotingen", x => new { x.Wijk, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "WethouderBesprekingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: false),
                    Wijk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ById = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    MarkedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WethouderBesprekingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WethouderBesprekingen_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WethouderBesprekingen_InitiatiefId",
                table: "WethouderBesprekingen",
                column: "InitiatiefId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WethouderBesprekingen_Wijk",
                table: "WethouderBesprekingen",
                column: "Wijk");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Buurtbegrotingen");

            migrationBuilder.DropTable(
                name: "WethouderBesprekingen");
        }
    }
}
