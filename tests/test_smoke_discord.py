async def test_h2h_kerr_ingebrigtsen(world):
    result = await world.slash("h2h", athlete="kerr", opponent="ingebrigtsen")
    assert result.acknowledged and not result.ephemeral
    embed = result.response.embeds[0]
    print(embed.title, embed.description[:300], embed.footer.text)
    assert "Kerr 4 – 11 Ingebrigtsen" in embed.description
