from avhopp.services import vault as vault_service


def test_unlock_and_verify(vault):
    with vault_service.unlock(
        vault.location, username=vault.admin, passphrase=vault.admin_passphrase
    ) as v:
        assert {u.username for u in v.users.list_users()} == {"admin", "kalle"}
        assert v.audit.verify().entries > 0
