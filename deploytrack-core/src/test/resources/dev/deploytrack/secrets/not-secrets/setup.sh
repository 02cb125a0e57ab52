#!/usr/bin/env bash
aws ecr get-login-password | docker login --username AWS --password-stdin "${REGISTRY}"
printf '%s' "$SP_PASSWORD" | docker login $LOGIN_SERVER --username {appId} --password-stdin
STARTED_AT="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
C:\cygwin64\bin\cygpath.exe -u "C:\Users\John Doe\Documents"
BEDROCK_AWS_AUTH="$ROOT_DIR/packages/bedrock-sdk/src/core/aws-auth.ts"
export API_TOKEN="$(cat ~/.config/token)"
export OPENROUTER_API_KEY='sk-or-v1-project1-key'
az devops security permission update --token "repoV2/{project}/{repository-id}" --allow-bit 4
az devops security permission update --token "repoV2/$PROJECT/$REPO_ID" --allow-bit 4
vol -f memory.raw windows.registry.printkey --key "Software\Microsoft\Windows\CurrentVersion\Run"
curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user
echo ${{ secrets.DOCKER_PASSWORD }} | docker login -u ${{ secrets.DOCKER_USERNAME }} --password-stdin
