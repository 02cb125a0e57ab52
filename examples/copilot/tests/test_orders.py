def test_place():
    assert True
