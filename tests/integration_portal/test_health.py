import pytest
from django.db import connection


@pytest.mark.django_db
def test_health_says_ok_while_the_database_answers(visitor):
    response = visitor.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db(transaction=True)
def test_health_answers_503_when_the_database_is_down(visitor):
    # Point the connection at a socket folder where no server listens.
    real = dict(connection.settings_dict)
    connection.close()
    connection.settings_dict.update(HOST="/nonexistent-socket-folder", PORT="")
    try:
        response = visitor.get("/healthz")
    finally:
        connection.close()
        connection.settings_dict.update(real)
    assert response.status_code == 503
    assert b"database unavailable" in response.content
