using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuurtBot.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PhotosPlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    ByteCount = table.Column<int>(type: "integer", nullable: false),
                    StoredIn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InitiatiefId = table.Column<Guid>(type: "uuid", nullable: true),
                    PublicApprovedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicApprovedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Photos", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Photos_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Photos_Initiatieven_InitiatiefId",
                        column: x => x.InitiatiefId,
                        principalTable: "Initiatieven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PhotoContents",
                columns: table => new
                {
                    PhotoId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhotoContents", x => x.PhotoId);
                    table.ForeignKey(
                        name: "FK_PhotoContents_Photos_PhotoId",
                        column: x => x.PhotoId,
                        principalTable: "Photos",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Photos_ConversationId",
                table: "Photos",
                column: "ConversationId");

            migrationBuilder.CreateIndex(
                name: "IX_Photos_InitiatiefId",
                table: "Photos",
                column: "InitiatiefId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PhotoContents");

            migrationBuilder.DropTable(
                name: "Photos");
        }
    }
}
